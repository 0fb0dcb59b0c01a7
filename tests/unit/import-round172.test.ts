/**
 * Round 172 of the importer (stop 66), from the roles readers wrote on the waves RC2 to SH2: those seated on the platform
 * attended also when the label has an adverb before it and no colon (`先后在主席台就座的还有甲，乙`), and so did those a
 * photo of the event shows, named in order (`左起为甲及乙`, `前排左起分别为甲、乙`). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const open = '12月31日，第五届白江文化节在白江广场举行。';
const roles = (text: string) => Object.fromEntries(reportFacts(`${open}${text}`).people.map((p) => [p.name, p.role]));

describe('round 172', () => {
  it('reads those seated on the platform, after an adverb and without a colon', () => {
    expect(roles('先后在主席台就座的还有白江省委宣传部原常务副部长葛白江，白江省民政厅副厅长王白山。')).toEqual({
      葛白江: '出席',
      王白山: '出席',
    });
  });

  it('reads those a photo shows in order as attending', () => {
    expect(roles('左起为白江商会主席拿督王白江及原产业部秘书长拿督陈白山；右2为白江公司董事经理拿督李白川。')).toEqual({
      王白江: '出席',
      陈白山: '出席',
      李白川: '出席',
    });
  });
});
