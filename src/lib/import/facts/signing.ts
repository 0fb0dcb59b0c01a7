/**
 * A signing the report names only by what was signed: `12月18日，甲集团与乙市人民政府签署战略合作协议`, `甲交易所（以下简称
 * 甲所）与乙集团在上海签署战略合作协议`. Where no event name is read at all but the report speaks of the signing's
 * ceremony (签约仪式, 签署仪式, 签字仪式), the parties, what they signed and that ceremony, as the report calls it, name the
 * event (`甲集团与乙市人民政府战略合作协议签约仪式`). On the 720 blind reports of stops 75 and 76 it named three events the
 * importer had read none of: two as their readers did, and a renewed agreement (续签) whose reader took the headline's
 * words (`甲所与乙协会续签战略合作协议`).
 */
import { SHORT_NAME, splitOutside } from '../text.ts';
import { type EventFact, withoutOpening } from './event.ts';
import { isOrganization } from './organizers.ts';

/** The ceremony of a signing, as a report calls it. */
const CEREMONY = /(?:签约|签署|签字)仪式/;

/** Two parties, maybe where they met, the verb of signing and what they signed (an agreement, a memorandum, a contract). */
const SIGNED =
  /^(\p{Script=Han}{2,30}?)(?:与|和|同)(\p{Script=Han}{2,30}?)(?:在\p{Script=Han}{2,16}?)?(?:正式)?(?:签署|签订|续签)了?《?(\p{Script=Han}{2,20}?(?:协议|备忘录|协定|意向书|合同))》?$/u;

/** The signing the report names only by what was signed (see above), or undefined. */
export function signingCeremony(all: readonly string[]): EventFact | undefined {
  const ceremony = all.map((s) => CEREMONY.exec(s)?.[0]).find(Boolean);
  if (!ceremony) return undefined;
  for (const [at, sentence] of all.entries())
    for (const clause of splitOutside(sentence, '，,；;。')) {
      // (withoutOpening leaves out the day that opens the clause, `12月18日`, as well as tags and datelines.)
      const m = SIGNED.exec(withoutOpening(clause.replace(SHORT_NAME, '')).trim());
      if (m && isOrganization(m[1]!) && isOrganization(m[2]!))
        return { title: `${m[1]}与${m[2]}${m[3]}${ceremony}`, sentence, at };
    }
  return undefined;
}
