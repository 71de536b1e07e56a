// Where the crew's screens live; app/ mounts crewRoutes under /crew.
export const crewPaths = {
  home: '/crew',
  map: '/crew/map',
  job: (jobId: string) => `/crew/jobs/${encodeURIComponent(jobId)}`,
} as const;
