import { z } from "../zod.ts";
import { Id, IsoDate, NonEmptyText } from "./primitives.ts";

/**
 * A figure that was published in a release and later taken out of data/. Its id and the
 * reason stay on record for good, so the change is visible and explained.
 */
export const Withdrawal = z.strictObject({
  id: Id,
  date: IsoDate,
  reason: NonEmptyText,
});
export type Withdrawal = z.infer<typeof Withdrawal>;
