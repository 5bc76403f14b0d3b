import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <section>
      <h2>Page not found</h2>
      <p>
        <Link to="/">Back to the start page</Link>
      </p>
    </section>
  );
}
