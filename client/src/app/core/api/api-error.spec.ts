import { HttpErrorResponse } from '@angular/common/http';
import { UNREACHABLE_MESSAGE, apiErrorMessage, fieldIssues } from './api-error';

function httpError(status: number, error: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status, error, url: '/api/x' });
}

describe('apiErrorMessage', () => {
  it('uses the message the server sent', () => {
    const error = httpError(401, { statusCode: 401, error: 'Unauthorized', message: 'Invalid username or password' });
    expect(apiErrorMessage(error)).toBe('Invalid username or password');
  });

  it('joins a list of validation messages', () => {
    const error = httpError(400, { statusCode: 400, error: 'Bad Request', message: ['username is taken', 'password is too short'] });
    expect(apiErrorMessage(error)).toBe('username is taken; password is too short');
  });

  it('says the server cannot be reached when the request never got an answer', () => {
    expect(apiErrorMessage(httpError(0, new ProgressEvent('error')), 'fallback')).toBe(UNREACHABLE_MESSAGE);
  });

  it('falls back when the body has no usable message', () => {
    expect(apiErrorMessage(httpError(502, '<html>Bad gateway</html>'), 'Try later')).toBe('Try later');
    expect(apiErrorMessage(httpError(500, { message: '' }), 'Try later')).toBe('Try later');
    expect(apiErrorMessage(new Error('boom'), 'Try later')).toBe('Try later');
  });
});

describe('fieldIssues', () => {
  it('lists the fields a 400 names, leaving out malformed issues', () => {
    const error = httpError(400, { statusCode: 400, error: 'Bad Request', message: 'x', issues: [{ field: 'to', message: 'at most 31 days' }, { field: 3, message: 'x' }, null] });
    expect(fieldIssues(error)).toEqual([{ field: 'to', message: 'at most 31 days' }]);
  });

  it('finds none in other errors', () => {
    expect(fieldIssues(httpError(404, { message: 'No room', issues: [{ field: 'roomId', message: 'unknown' }] }))).toEqual([]);
    expect(fieldIssues(httpError(400, { message: 'bad' }))).toEqual([]);
    expect(fieldIssues(new Error('boom'))).toEqual([]);
  });
});
