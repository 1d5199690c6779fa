// The absolute paths in this file are fixtures: lines of a trace the check parses, never read (absolutePaths.test.ts).
import { describe, expect, it } from 'vitest';
import { findOutsideReads } from './findOutsideReads';

const roots = { clone: '/tmp/p/goodies', parent: '/tmp/p', originalRepo: '/work/repo', allowed: ['/work/main/node_modules'] };

describe('findOutsideReads (strace log)', () => {
  it('flags a read beside the clone, and successful reads of the original checkout or its siblings', () => {
    const trace = [
      '101 openat(AT_FDCWD, "/tmp/p/shared/models/stories260K.gguf", O_RDONLY) = -1 ENOENT (No such file or directory)',
      '101 openat(AT_FDCWD, "/work/shared/models/stories260K.gguf", O_RDONLY) = 21',
      '102 statx(AT_FDCWD, "/work/repo/tests/fixtures/x.json", AT_STATX_SYNC_AS_STAT, STATX_ALL, {...}) = 0',
    ].join('\n');
    expect(findOutsideReads(trace, roots)).toEqual(['/tmp/p/shared/models/stories260K.gguf', '/work/repo/tests/fixtures/x.json', '/work/shared/models/stories260K.gguf']);
  });

  it('allows the clone, the linked node_modules and its ancestors, walk-up lookups and failed probes elsewhere', () => {
    const trace = [
      '101 openat(AT_FDCWD, "/tmp/p/goodies/tests/fixtures/models/stories260K.gguf", O_RDONLY) = 22',
      '101 readlink("/work/main", 0x7ffd, 1023) = -1 EINVAL (Invalid argument)',
      '101 openat(AT_FDCWD, "/work/main/node_modules/vitest/package.json", O_RDONLY) = 23',
      '101 statx(AT_FDCWD, "/tmp/p/node_modules", AT_STATX_SYNC_AS_STAT, STATX_ALL, 0x7ff) = -1 ENOENT (No such file or directory)',
      '101 statx(AT_FDCWD, "/tmp/p/package.json", AT_STATX_SYNC_AS_STAT, STATX_ALL, 0x7ff) = -1 ENOENT (No such file or directory)',
      '101 openat(AT_FDCWD, "/work/other/package.json", O_RDONLY) = -1 ENOENT (No such file or directory)',
      '101 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY) = 3',
    ].join('\n');
    expect(findOutsideReads(trace, roots)).toEqual([]);
  });

  it('allows the parent folder the test made when the checkout sits in the same temp folder', () => {
    const inTmp = { clone: '/tmp/goodies-clone-x/goodies-desktop', parent: '/tmp/goodies-clone-x', originalRepo: '/tmp/fresh', allowed: ['/tmp/fresh/node_modules'] };
    const trace = [
      '101 openat(AT_FDCWD, "/tmp/goodies-clone-x", O_RDONLY|O_DIRECTORY) = 5',
      '101 openat(AT_FDCWD, "/tmp/fresh-sibling/secret.txt", O_RDONLY) = 6',
    ].join('\n');
    expect(findOutsideReads(trace, inTmp)).toEqual(['/tmp/fresh-sibling/secret.txt']);
  });
});
