// The HTTP routes beside tRPC against every role, with the status each must get. Checked by
// authz-routes.test.ts, which also fails when the server has a route this table lacks.
// A key is "METHOD path", optionally followed by " (what is asked for)" when a route has several rows.
import { publicPhotoPath, photoUploadHeaders as h } from '@kerbside/shared';
import { fakeJpeg, sha256Hex } from '../testing/index.js';
import type { AuthzFixture } from './authz-fixture.js';
import type { Cells, Role } from './authz-roles.js';

export interface RouteRequest {
  method: 'GET' | 'PUT' | 'POST';
  url: string;
  headers?: Record<string, string>;
  payload?: Buffer;
}

export interface RouteRow {
  request: (fx: AuthzFixture, role: Role) => RouteRequest;
  expect: Cells<number>;
}

const wrongToken = 'a-guessed-token-that-is-not-this-cases';
const trackingLink = (fx: AuthzFixture, role: Role) => ({ reference: fx.closed.reference, token: role === 'citizen' ? fx.closed.token : wrongToken });

/** A new photo of crew A's live job, as a phone sends it. */
function jobPhotoUpload(fx: AuthzFixture): RouteRequest {
  const bytes = Buffer.from(fakeJpeg(`upload ${crypto.randomUUID()}`));
  return {
    method: 'PUT',
    url: `/api/photos/${crypto.randomUUID()}`,
    headers: { 'content-type': 'image/jpeg', [h.sha256]: sha256Hex(bytes), [h.jobId]: fx.live.jobId, [h.kind]: 'before' },
    payload: bytes,
  };
}

const intakeUpload = (payload: Buffer): RouteRequest => ({
  method: 'POST',
  url: '/api/intake/photos',
  headers: { 'content-type': 'application/octet-stream' },
  payload,
});
const scannedLetter = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF');

export const routeMatrix: Record<string, RouteRow> = {
  'GET /healthz': {
    request: () => ({ method: 'GET', url: '/healthz' }),
    expect: { anonymous: 200, citizen: 200, agent: 200, dispatcher: 200, crewOwn: 200, crewOther: 200, admin: 200 },
  },
  'GET /api/config': {
    request: () => ({ method: 'GET', url: '/api/config' }),
    expect: { anonymous: 200, citizen: 200, agent: 200, dispatcher: 200, crewOwn: 200, crewOther: 200, admin: 200 },
  },

  // Only the job's own crew adds photos to it.
  'PUT /api/photos/:id': {
    request: (fx) => jobPhotoUpload(fx),
    expect: { anonymous: 401, citizen: 401, agent: 403, dispatcher: 403, crewOwn: 201, crewOther: 403, admin: 403 },
  },
  // Originals: staff, and the crew whose job it is; to another crew the photo does not exist.
  'GET /api/photos/:id (a crew photo of the job)': {
    request: (fx) => ({ method: 'GET', url: `/api/photos/${fx.live.jobPhotoId}` }),
    expect: { anonymous: 401, citizen: 401, agent: 200, dispatcher: 200, crewOwn: 200, crewOther: 404, admin: 200 },
  },
  'GET /api/photos/:id (a citizen photo of the case)': {
    request: (fx) => ({ method: 'GET', url: `/api/photos/${fx.live.casePhotoId}` }),
    expect: { anonymous: 401, citizen: 401, agent: 200, dispatcher: 200, crewOwn: 200, crewOther: 404, admin: 200 },
  },

  // The tracking page's photos: the citizen's link shows the after photo; nothing else shows anything.
  'GET /api/public/photos/:id (an after photo)': {
    request: (fx, role) => ({ method: 'GET', url: publicPhotoPath(fx.closed.afterPhotoId, trackingLink(fx, role)) }),
    expect: { anonymous: 404, citizen: 200, agent: 404, dispatcher: 404, crewOwn: 404, crewOther: 404, admin: 404 },
  },
  'GET /api/public/photos/:id (a before photo)': {
    request: (fx, role) => ({ method: 'GET', url: publicPhotoPath(fx.closed.beforePhotoId, trackingLink(fx, role)) }),
    expect: { anonymous: 404, citizen: 404, agent: 404, dispatcher: 404, crewOwn: 404, crewOther: 404, admin: 404 },
  },

  // The report form's uploads are public; a scanned letter (PDF) only from an agent.
  'POST /api/intake/photos (a photo)': {
    request: () => intakeUpload(Buffer.from(fakeJpeg(`report ${crypto.randomUUID()}`))),
    expect: { anonymous: 201, citizen: 201, agent: 201, dispatcher: 201, crewOwn: 201, crewOther: 201, admin: 201 },
  },
  'POST /api/intake/photos (a PDF)': {
    request: () => intakeUpload(scannedLetter),
    expect: { anonymous: 415, citizen: 415, agent: 201, dispatcher: 415, crewOwn: 415, crewOther: 415, admin: 201 },
  },
};

/** "PUT /api/photos/:id (…)" → "PUT /api/photos/:id". */
export const routeOf = (key: string) => key.replace(/ \(.*\)$/, '');
