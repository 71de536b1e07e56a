import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { errorsFromIssues, errorsFromServer, unreachable } from './form-errors';

function serverError(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { message, code: -32001, data } });
}

describe('errorsFromIssues', () => {
  it('keeps the first message for each field', () => {
    const errors = errorsFromIssues([
      { path: ['email'], message: 'Enter an e-mail address' },
      { path: ['email'], message: 'Too long' },
      { path: ['password'], message: 'Enter your password' },
    ]);
    expect(errors).toEqual([
      { field: 'email', message: 'Enter an e-mail address' },
      { field: 'password', message: 'Enter your password' },
    ]);
  });
});

describe('errorsFromServer', () => {
  it('shows the server’s message for wrong credentials', () => {
    const error = serverError('The e-mail address or password is not right', { code: 'UNAUTHORIZED', httpStatus: 401 });
    expect(errorsFromServer(error)).toEqual([{ message: 'The e-mail address or password is not right' }]);
  });

  it('ties the server’s field errors to their fields', () => {
    const error = serverError('email: Enter an e-mail address', {
      code: 'BAD_REQUEST',
      httpStatus: 400,
      fieldErrors: { email: 'Enter an e-mail address' },
    });
    expect(errorsFromServer(error)).toEqual([{ field: 'email', message: 'Enter an e-mail address' }]);
  });

  it('explains a failure to reach the server', () => {
    expect(errorsFromServer(new TypeError('Failed to fetch'))).toEqual([{ message: unreachable }]);
    expect(errorsFromServer(TRPCClientError.from(new TypeError('Failed to fetch')))).toEqual([{ message: unreachable }]);
  });
});
