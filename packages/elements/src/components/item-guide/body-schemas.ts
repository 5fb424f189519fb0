// The contract's schema of a 帮办代办 request, the check the server makes:
// imported when the applicant sends one, so zod and the schemas stay off the
// guide's first load.
export { AgencyRequestCreate } from '@yiwang/contract';
