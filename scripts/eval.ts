/**
 * npm run eval [-- --json]: scores Negah on the hand-annotated dev corpus
 * (../shared/corpus/dev): detection (language, diplomatic), dates and entities.
 */
import { loadCorpus } from './eval/corpus';
import { evaluateDates, formatDatesReport } from './eval/dates';
import { evaluateDetection } from './eval/detection';
import { loadNodeMatcher } from './node-gazetteer';

const docs = loadCorpus();
const matcher = loadNodeMatcher();
const report = {
  corpus: { documents: docs.length, path: '../shared/corpus/dev' },
  detection: evaluateDetection(docs, matcher),
  dates: evaluateDates(docs),
};

if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  const d = report.detection;
  console.log(`detection: language ${d.languageCorrect}/${d.documents}; diplomatic P ${d.diplomatic.precision} R ${d.diplomatic.recall} F1 ${d.diplomatic.f1}`);
  console.log(formatDatesReport(report.dates));
}
