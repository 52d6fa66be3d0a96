import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Test file order under mutation testing (vitest.config.ts): quickest first. Stryker stops a
 * mutant's run at the first failing test, and Vitest's own order is slowest first (from its
 * cache of durations), so a mutant that a focused unit test kills in milliseconds would first
 * wait for the validator's runs over copies of data/. Reversed, those run only for the mutants
 * nothing quicker kills.
 */
export class FastFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await super.sort(files)).reverse();
  }
}
