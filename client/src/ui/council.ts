// One council runs one instance, so its name is fixed at build time.
export const productName = 'Kerbside';
export const councilName: string = import.meta.env.VITE_COUNCIL_NAME ?? 'London Borough of Sutton';
