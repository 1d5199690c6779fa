#!/usr/bin/env node
// Regenerates the app and tray icons (a white house on a teal disc) without any image tooling: `node build/generateIcons.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling for smooth edges.
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        const [pr, pg, pb, pa] = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
        r += pr * pa; g += pg * pa; b += pb * pa; a += pa;
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((a / 16) * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 6; header[10] = 0; header[11] = 0; header[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function isHouse(u, v) {
  const roof = v >= 0.22 && v <= 0.5 && Math.abs(u - 0.5) <= (v - 0.22) * (0.3 / 0.28);
  const body = v > 0.48 && v <= 0.78 && u >= 0.3 && u <= 0.7;
  const door = v > 0.6 && v <= 0.78 && u >= 0.45 && u <= 0.55;
  return (roof || body) && !door;
}
const inDisc = (u, v) => (u - 0.5) ** 2 + (v - 0.5) ** 2 <= 0.48 ** 2;
const TEAL = [20, 138, 130];

const appIcon = (u, v) => (!inDisc(u, v) ? [0, 0, 0, 0] : isHouse(u, v) ? [255, 255, 255, 1] : [...TEAL, 1]);
// macOS template images: black plus alpha only; the system tints them for light and dark menu bars.
const templateIcon = (u, v) => (isHouse(u, v) ? [0, 0, 0, 1] : [0, 0, 0, 0]);

writeFileSync(new URL('./icon.png', import.meta.url), png(512, appIcon));
writeFileSync(new URL('../resources/icons/icon.png', import.meta.url), png(256, appIcon));
writeFileSync(new URL('../resources/icons/tray.png', import.meta.url), png(32, appIcon));
writeFileSync(new URL('../resources/icons/trayTemplate.png', import.meta.url), png(16, templateIcon));
writeFileSync(new URL('../resources/icons/trayTemplate@2x.png', import.meta.url), png(32, templateIcon));
