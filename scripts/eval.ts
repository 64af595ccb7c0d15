/**
 * npm run eval [-- --json] [-- --entities]: scores Negah on the hand-annotated dev corpus
 * (../shared/corpus/dev): detection (language, diplomatic), dates and entities.
 */
import { loadCorpus } from './eval/corpus';
import { evaluateDates, formatDatesReport } from './eval/dates';
import { evaluateDetection } from './eval/detection';
import { evaluateEntities } from './eval/entities';
import { englishForms } from './eval/english-forms';
import { evaluateSeeds } from './eval/seed-expectations';
import { loadNodeMatcher } from './node-gazetteer';

const docs = loadCorpus();
const matcher = loadNodeMatcher();
const report = {
  corpus: { documents: docs.length, path: '../shared/corpus/dev' },
  detection: evaluateDetection(docs, matcher),
  dates: evaluateDates(docs),
  entities: evaluateEntities(docs, matcher, englishForms()),
  seeds: evaluateSeeds(matcher),
};

if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  const d = report.detection;
  console.log(`detection: language ${d.languageCorrect}/${d.documents}; diplomatic P ${d.diplomatic.precision} R ${d.diplomatic.recall} F1 ${d.diplomatic.f1}`);
  console.log(formatDatesReport(report.dates));
  const e = report.entities;
  console.log(`entities: mention recall ${e.recall} (${e.found}/${e.gold}); canonical name ${e.nameAccuracy} (${e.nameRight}/${e.found}); `
    + `precision ${e.precision} strict (${e.correct}/${e.predicted}), ${e.precisionAdjudicated} adjudicated, ${e.precisionWithTerms} counting ${e.terms} glossary terms`);
  const sd = report.seeds;
  console.log(`seeds: ${sd.found}/${sd.expected} expected entities linked, ${sd.forbidden.length} forbidden links${[...sd.missing, ...sd.forbidden].map((m) => `\n  ${m}`).join('')}`);
  if (process.argv.includes('--entities')) {
    for (const [label, list] of [['missed', e.misses], ['wrong entity', e.wrongNames], ['not in gold', e.unmatched]] as const) {
      console.log(`  ${label}:`);
      for (const m of list) console.log(`    ${m.doc}@${m.start} ${m.type} «${m.text}» ${m.gold ?? ''}${m.predicted ? ` → ${m.predicted}` : ''}${'adjudicated' in m && m.adjudicated ? ` [adjudicated: ${m.adjudicated}]` : ''}`);
    }
  }
}
