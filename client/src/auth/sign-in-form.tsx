import type { FormEvent } from 'react';
import type { FormError } from '../ui/error-summary';
import { TextField } from '../ui/text-field';

interface SignInFormProps {
  errors: readonly FormError[];
  pending: boolean;
  onSubmit: (form: HTMLFormElement) => void;
}

export function SignInForm({ errors, pending, onSubmit }: SignInFormProps) {
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onSubmit(event.currentTarget);
  };
  // noValidate: our own messages, in the error summary, replace the browser's bubbles.
  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <TextField
        id="email"
        name="email"
        type="email"
        label="E-mail address"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        autoCapitalize="none"
        error={errorFor('email')}
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        error={errorFor('password')}
      />
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        Sign in
      </button>
    </form>
  );
}
