import { useQuery } from '@tanstack/react-query';

/** The council's tile source, from GET /api/config; it never changes while the app runs. */
export function useTileUrl(): string | undefined {
  const { data } = useQuery({
    queryKey: ['api-config'],
    queryFn: async () => {
      const response = await fetch('/api/config');
      if (!response.ok) throw new Error('config unavailable');
      return (await response.json()) as { tileUrl: string };
    },
    staleTime: Infinity,
  });
  return data?.tileUrl;
}
