/** Where the public report form lives; its own file so the router needs nothing else of the form. */
export const reportBase = '/report';
