import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ExportFormat, ImportReport, TransferOptions } from './LibraryApi';
import { storageProblem } from './storageProblem';
import { type MessageKey, t } from '../../utils/i18n/t';

interface Props {
  onExport: (format: ExportFormat, options: TransferOptions) => Promise<{ blob: Blob; filename: string }>;
  onImport: (file: File, options: TransferOptions) => Promise<ImportReport>;
  /** false when the library holds nothing: there is nothing to export. */
  canExport: boolean;
  /** Where progress and outcomes are drawn: below the header, so their text never reflows it. */
  status: HTMLElement | null;
}

type Job = { label: string; done: number; total: number; controller: AbortController };
type Outcome =
  { kind: 'report'; report: ImportReport; file: string } | { kind: 'message'; text: string; error?: boolean };

const formats: [ExportFormat, MessageKey][] = [
  ['sift-json', 'format_sift_json'],
  ['markdown', 'format_markdown'],
  ['html', 'format_html'],
  ['epub', 'format_epub'],
  ['netscape', 'format_netscape'],
];

/** Export menu and import picker, with progress, Cancel and a report of what happened to each item. */
export function LibraryTransfer({ onExport, onImport, canExport, status }: Props) {
  const [job, setJob] = useState<Job | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  async function runJob<T>(label: string, work: (options: TransferOptions) => Promise<T>): Promise<T | undefined> {
    const controller = new AbortController();
    setOutcome(null);
    setJob({ label, done: 0, total: 0, controller });
    try {
      return await work({
        signal: controller.signal,
        onProgress: (done, total) => setJob((current) => current && { ...current, done, total }),
      });
    } catch (error) {
      const text = controller.signal.aborted
        ? t('job_cancelled', label)
        : t('job_failed', label, storageProblem(error));
      setOutcome({ kind: 'message', text, error: !controller.signal.aborted });
      return undefined;
    } finally {
      setJob(null);
    }
  }

  const exportAs = async (format: ExportFormat) => {
    const result = await runJob(t('lib_export'), (options) => onExport(format, options));
    if (!result) return;
    const url = URL.createObjectURL(result.blob);
    const link = Object.assign(document.createElement('a'), { href: url, download: result.filename });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setOutcome({ kind: 'message', text: t('job_exported', result.filename) });
  };

  const importFile = async (file: File) => {
    const report = await runJob(t('lib_import'), (options) => onImport(file, options));
    if (report) setOutcome({ kind: 'report', report, file: file.name });
  };

  return (
    <div className="lib-transfer">
      {/* A <details> cannot be disabled: with nothing saved the menu is a disabled button instead. */}
      {!canExport && (
        <button type="button" className="lib-export-empty" disabled title={t('list_export_nothing')}>
          {t('lib_export')}
        </button>
      )}
      <details className="lib-menu" hidden={!canExport}>
        <summary>{t('lib_export')}</summary>
        <ul role="menu" aria-label={t('lib_export_format')}>
          {formats.map(([format, label]) => (
            <li key={format} role="none">
              <button
                type="button"
                role="menuitem"
                disabled={!!job}
                onClick={(event) => {
                  event.currentTarget.closest('details')?.removeAttribute('open');
                  void exportAs(format);
                }}
              >
                {t(label)}
              </button>
            </li>
          ))}
        </ul>
      </details>
      <button type="button" disabled={!!job} onClick={() => picker.current?.click()}>
        {t('lib_import_button')}
      </button>
      <input
        ref={picker}
        type="file"
        hidden
        aria-label={t('lib_import_file')}
        accept=".json,.csv,.html,.htm,application/json,text/csv,text/html"
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {status &&
        createPortal(<TransferStatus job={job} outcome={outcome} onDismiss={() => setOutcome(null)} />, status)}
    </div>
  );
}

function TransferStatus({
  job,
  outcome,
  onDismiss,
}: {
  job: Job | null;
  outcome: Outcome | null;
  onDismiss: () => void;
}) {
  return (
    <>
      {job && (
        <div className="lib-job" role="status">
          {job.label}…{' '}
          <progress
            max={job.total || undefined}
            value={job.total ? job.done : undefined}
            aria-label={t('job_progress', job.label)}
          />
          {job.total > 0 && ` ${t('count_of', job.done, job.total)}`}{' '}
          <button type="button" onClick={() => job.controller.abort()}>
            {t('job_cancel')}
          </button>
        </div>
      )}
      {outcome && <TransferOutcome outcome={outcome} onDismiss={onDismiss} />}
    </>
  );
}

function TransferOutcome({ outcome, onDismiss }: { outcome: Outcome; onDismiss: () => void }) {
  if (outcome.kind === 'message') {
    return (
      <div className={outcome.error ? 'lib-report is-error' : 'lib-report'} role={outcome.error ? 'alert' : 'status'}>
        {outcome.text}{' '}
        <button type="button" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </div>
    );
  }
  const { report, file } = outcome;
  return (
    <section className="lib-report" role="status" aria-label={t('import_report')}>
      <p>
        {report.imported + report.merged + report.refused.length === 0
          ? t('list_import_no_items', file)
          : t('import_summary', file, report.imported, report.merged, report.refused.length)}{' '}
        <button type="button" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </p>
      {report.refused.length > 0 && (
        <details>
          <summary>{t('import_why', report.refused.length)}</summary>
          <ul className="lib-refused">
            {report.refused.slice(0, 500).map((row, index) => (
              <li key={index}>
                <strong>{row.item}</strong>: {row.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
