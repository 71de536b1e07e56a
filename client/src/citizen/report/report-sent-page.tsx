import { useEffect } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../../ui/page-title';
import { useReport } from './report-context';
import { loadReceipt } from './report-draft';
import { reportBase } from './report-steps';

export function ReportSentPage() {
  const receipt = loadReceipt(sessionStorage);
  const { reset } = useReport();
  // The sent report's details leave memory too, so "Report another problem" starts blank.
  useEffect(reset, [reset]);
  if (!receipt) {
    return (
      <>
        <PageTitle>No report sent</PageTitle>
        <h1>No report has been sent from this window</h1>
        <p>
          <Link to={reportBase}>Report a problem</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle>Report sent</PageTitle>
      <div className="panel">
        <h1 className="panel__title">Report sent</h1>
        <p className="panel__body">
          Your reference number
          <br />
          <strong className="panel__reference">{receipt.reference}</strong>
        </p>
      </div>
      <p>Keep this reference. Quote it if you contact us about this problem.</p>
      <h2>What happens next</h2>
      <p>We will look at your report and send a crew if we need to. If you gave us your details, we will tell you when it is fixed.</p>
      <p>
        <a href={receipt.trackingUrl}>Track your report</a> to see what is happening. Anyone with this link can see the report’s progress, so only share it with people you trust.
      </p>
      <p>
        <Link to={reportBase}>Report another problem</Link>
      </p>
    </>
  );
}
