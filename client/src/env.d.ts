// Build-time settings a council may set in .env; all optional.
interface ImportMetaEnv {
  readonly VITE_COUNCIL_NAME?: string;
}
