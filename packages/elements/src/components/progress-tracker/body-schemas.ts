// The contract's schemas of what the applicant sends from the tracker (撤回,
// 补正, 好差评): the same checks the server makes. Imported when the applicant
// submits, so zod and the schemas stay off the tracker's first load.
export { EvaluationCreate, SupplementResponse, WithdrawRequest } from '@yiwang/contract';
