import type { Measure } from "../datasets/schemas/measure.ts";

/** How the site groups measures on a wave page: detainees first, the rest as context. */
export const MEASURE_GROUPS: Array<{ id: string; title: string; measures: Measure[]; intro: string }> = [
  {
    id: "detainees",
    title: "People arrested and detained",
    measures: ["arrested", "identified_detainees"],
    intro: "Running totals of people arrested since the wave began. Estimates of all arrests and counts of detainees identified by name measure different things.",
  },
  {
    id: "deaths",
    title: "People killed",
    measures: ["killed"],
    intro: "Running totals of deaths. Organisations differ on who they count: protesters only, or also security forces and bystanders.",
  },
  {
    id: "death-penalty",
    title: "Death sentences and executions",
    measures: ["sentenced_to_death", "facing_capital_charges", "executed"],
    intro: "Announced death sentences, people facing capital charges, and executions of people arrested in the protests.",
  },
  {
    id: "judicial",
    title: "Judicial stages, releases and pardons",
    measures: ["indicted", "on_trial", "convicted", "not_prosecuted", "released_or_pardoned"],
    intro: "Case counts announced by the judiciary. They count cases or decisions, not people held, and cannot be added to arrest figures.",
  },
];

const WORDS: Record<Measure, string> = {
  arrested: "people arrested",
  identified_detainees: "detainees identified by name",
  killed: "people killed",
  sentenced_to_death: "death sentences",
  facing_capital_charges: "people facing capital charges",
  executed: "executions",
  released_or_pardoned: "people released or pardoned",
  indicted: "people indicted",
  on_trial: "people on trial",
  convicted: "people convicted",
  not_prosecuted: "non-prosecution decisions",
};

/** Plain words for a measure, as used in sentences: "people arrested". */
export function measureWords(m: Measure): string {
  return WORDS[m];
}
