import { useState, type SyntheticEvent } from 'react';
import { Card } from '@/components/ui/card';
import { useSignUpOpen } from '@/features/auth/api/get-sign-up-policy';
import { useSignIn } from '@/features/auth/api/sign-in';
import { useSignUp } from '@/features/auth/api/sign-up';
import styles from './sign-in-form.module.css';

type Mode = 'sign-in' | 'sign-up';

type SignInFormProps = {
  // From an invitation link: the page starts in create-account mode, which the code opens even
  // where sign-up is closed.
  invitationCode?: string | undefined;
};

export function SignInForm({ invitationCode }: SignInFormProps) {
  const [mode, setMode] = useState<Mode>(invitationCode === undefined ? 'sign-in' : 'sign-up');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn();
  const signUp = useSignUp();
  const signUpOpen = useSignUpOpen() || invitationCode !== undefined;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const credentials = { email: email.trim(), password };
    if (mode === 'sign-in') {
      signIn.mutate(credentials);
    } else {
      signUp.mutate({ ...credentials, invitationCode: invitationCode ?? null });
    }
  };
  const mutation = mode === 'sign-in' ? signIn : signUp;

  return (
    <Card title={mode === 'sign-in' ? 'Sign in to Baton' : 'Create a Baton account'}>
      <form
        className={styles.form}
        onSubmit={submit}
        data-testid="sign-in-form"
        aria-label={mode === 'sign-in' ? 'Sign in' : 'Sign up'}
      >
        {mode === 'sign-up' && invitationCode !== undefined && (
          <p data-testid="sign-in-invited">You were invited: choose your email and password.</p>
        )}
        <label className={styles.field}>
          Email
          <input
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
            }}
            data-testid="sign-in-email"
            data-autofocus
          />
        </label>
        <label className={styles.field}>
          Password
          <input
            type="password"
            autoComplete={mode === 'sign-in' ? 'current-password' : 'new-password'}
            required
            minLength={mode === 'sign-up' ? 8 : undefined}
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
            }}
            data-testid="sign-in-password"
          />
        </label>
        {mutation.isError && (
          <p className={styles.error} role="alert" data-testid="sign-in-error">
            {mutation.error.message}
          </p>
        )}
        <button
          type="submit"
          className={styles.submit}
          disabled={mutation.isPending}
          data-testid="sign-in-submit"
        >
          {mode === 'sign-in' ? 'Sign in' : 'Create account'}
        </button>
        {signUpOpen && (
          <button
            type="button"
            className={styles.switch}
            onClick={() => {
              setMode(mode === 'sign-in' ? 'sign-up' : 'sign-in');
              mutation.reset();
            }}
            data-testid="sign-in-switch-mode"
          >
            {mode === 'sign-in' ? 'No account yet? Create one' : 'Have an account? Sign in'}
          </button>
        )}
      </form>
    </Card>
  );
}
