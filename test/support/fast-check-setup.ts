import fc from 'fast-check';

/**
 * Property tests run from a fixed seed by default, so a CI run is reproducible and a red build is
 * never luck. To explore, run e.g. `FC_SEED=random FC_NUM_RUNS=2000 npx vitest run test/unit` (on failure, take the
 * counterexample fast-check reports and add it as a plain test).
 *   FC_SEED=random|<n>   seed (default 20261122)
 *   FC_NUM_RUNS=<n>      runs per property, for properties that do not set their own (default 100)
 */
const seedEnv = process.env['FC_SEED'];
const seed = seedEnv === 'random' ? Date.now() ^ (Math.random() * 0x7fffffff) : seedEnv ? Number(seedEnv) : 20261122;
const numRuns = process.env['FC_NUM_RUNS'] ? Number(process.env['FC_NUM_RUNS']) : 100;
fc.configureGlobal({ seed, numRuns });
