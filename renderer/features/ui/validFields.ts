import type { FormInstance } from 'antd';

/**
 * The form's values, or undefined when a field is missing or wrong: the form
 * already shows what to fix, and the refusal must not escape as an uncaught
 * promise rejection (issue 14: an empty required field threw a page error).
 */
export async function validFields<T>(form: FormInstance<T>): Promise<T | undefined> {
  try {
    return await form.validateFields();
  } catch (error) {
    if (isValidationError(error)) return undefined;
    throw error;
  }
}

/** antd rejects validateFields with `{ errorFields, values, outOfDate }` */
function isValidationError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'errorFields' in error;
}
