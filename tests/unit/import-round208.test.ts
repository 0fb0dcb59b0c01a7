/**
 * Round 208 (stop 70), from the 800 reports of the waves SY2 to VZ2 pooled: 本溪 is a city, not the speaker's 本 (`本会`),
 * so a body named after it (`本溪市人民政府`) can hold an event; and bodies that `支持指导` an event guide it, without 支持 in
 * the last one's name. The speaker's own body (`本会`) is still no organizer (the third test holds before the round too, as
 * its guard). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { readOrganizers } from '../../src/lib/import/facts/organizers.ts';
import { sentences } from '../../src/lib/import/text.ts';

const read = (title: string, text: string) => {
  const all = sentences([text]);
  return readOrganizers(all, { sentence: all[0]!, title }, []);
};
const held =
  '7月12日下午，由白江省工业和信息化厅、白江省农业农村厅支持指导，本溪市人民政府主办，青禾县人民政府承办的本溪市白江产业发展大会在青禾县召开。';

describe('round 208', () => {
  it('reads a body named after 本溪 as an organizer', () => {
    expect(read('本溪市白江产业发展大会', held).organizers).toEqual(['本溪市人民政府']);
  });

  it('reads the bodies that 支持指导 an event as its supporters', () => {
    expect(read('本溪市白江产业发展大会', held).supporters).toEqual(['白江省工业和信息化厅', '白江省农业农村厅']);
  });

  it('still reads the speaker’s own body as no organizer', () => {
    expect(read('白江年会', '本次白江年会由本会主办。').organizers).toEqual([]);
  });
});
