// The number and unit inside a state value, and what the unit alone says it measures.
import { describe, expect, it } from 'vitest';
import { numberIn, quantityOfUnit } from '../../../src-main/intents/valueUnits';

describe('numberIn', () => {
  it('reads a number with its unit, or a bare number', () => {
    expect(numberIn('19.6°C')).toEqual({ value: 19.6, unit: '°C' });
    expect(numberIn('-18 °C')).toEqual({ value: -18, unit: '°C' });
    expect(numberIn('73%')).toEqual({ value: 73, unit: '%' });
    expect(numberIn('0 W')).toEqual({ value: 0, unit: ' W' });
    expect(numberIn('2,9 bar')).toEqual({ value: 2.9, unit: ' bar' });
    expect(numberIn(21)).toEqual({ value: 21, unit: '' });
  });

  it('is no number for words, durations, dates or several figures', () => {
    for (const v of ['low', 'on', '1h 05m', '2026-11-01', '12:30', '3 to 5 W', '', Number.NaN, true, null]) expect(numberIn(v), String(v)).toBeUndefined();
  });
});

describe('quantityOfUnit', () => {
  it('says temperature, power, energy and pressure; a percentage or a price per kWh says nothing', () => {
    expect(quantityOfUnit('°C')).toBe('temperature');
    expect(quantityOfUnit(' kW')).toBe('power');
    expect(quantityOfUnit(' kWh')).toBe('energy');
    expect(quantityOfUnit(' bar')).toBe('pressure');
    expect(quantityOfUnit('%')).toBeUndefined();
    expect(quantityOfUnit(' p/kWh')).toBeUndefined();
  });
});
