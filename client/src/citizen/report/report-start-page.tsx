import { Link } from 'react-router';
import { PageTitle } from '../../ui/page-title';
import { stepPath } from './report-steps';

export function ReportStartPage() {
  return (
    <>
      <PageTitle>Report a problem</PageTitle>
      <h1>Report a problem in the street</h1>
      <p>Tell us about a pothole, a broken street light, fly-tipping, a missed bin collection or another problem in a street or public place.</p>
      <p>You will need to say where it is. You can add a photo.</p>
      <p>It takes about 5 minutes. We will give you a reference number and a link to follow what happens.</p>
      <Link to={stepPath('category')} className="button button--start">
        Start now
      </Link>
      <h2>If it is dangerous</h2>
      <p>If someone could be hurt right now, for example by a fallen tree or a missing drain cover, phone the council instead of using this form.</p>
    </>
  );
}
