import type { applicantView, historyView, publicCaseView } from '../cases/case-view';
import type { stepView } from '../reviews/review-view';

/**
 * What the resolvers of the value types both subgraphs declare receive and return, where that is a
 * view built for the answer rather than a row (the generated resolver types map them; see
 * scripts/resolver-codegen-config.ts).
 */
export type ApplicantView = ReturnType<typeof applicantView>;
export type CaseStepView = ReturnType<typeof historyView>[number];
export type PublicCaseViewModel = NonNullable<ReturnType<typeof publicCaseView>>;
export type RectificationStepView = ReturnType<typeof stepView>;
