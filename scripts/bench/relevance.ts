/**
 * Relevance of search over the demo catalogue, in a database of its own (DATABASE_URL, migrated):
 * the judged queries of tests/relevance, printed as one JSON line for `npm run bench`.
 */
import { loadDemoCatalogue } from "../../tests/relevance/demo-catalogue";
import { answered, relevanceFigures } from "../../tests/relevance/metrics";
import { runJudgements } from "../../tests/relevance/run-judgements";

const products = await loadDemoCatalogue();
const outcomes = await runJudgements();
const misses = outcomes.filter((outcome) => !answered(outcome)).map((outcome) => outcome.judgement.q);
console.log(JSON.stringify({ products, ...relevanceFigures(outcomes), misses }));
process.exit(0);
