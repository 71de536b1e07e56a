import { RouterProvider } from 'react-router/dom';
import { ApiProvider } from '../trpc/api-provider';
import { router } from './router';

export function App() {
  return (
    <ApiProvider>
      <RouterProvider router={router} />
    </ApiProvider>
  );
}
