import { useCampaigns } from '../../db/hooks/useActiveCampaign';
import { ConvertedUploadForm } from './ConvertedUploadForm';
import { EarlierUploads } from './EarlierUploads';
import { ExportLeads } from './ExportLeads';
import { UploadHelp } from './UploadHelp';

/** #/uploads: converted customers uploaded later (offline sales), earlier uploads, and the leads export. */
export function UploadsScreen() {
  const { active } = useCampaigns();
  return (
    <main className="uploads" aria-label="Uploads">
      <h2>Upload converted customers</h2>
      <p>
        Campaign: <strong>{active?.name ?? '…'}</strong> (change it with the campaign switcher above)
      </p>
      <UploadHelp currency={active?.currency ?? 'USD'} />
      <ConvertedUploadForm campaign={active} />
      <EarlierUploads />
      <ExportLeads />
    </main>
  );
}
