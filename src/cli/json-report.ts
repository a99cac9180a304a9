import { version } from '../../package.json';
import type { FolderReport } from '../domain/decision-folder/check-folder';
import type { CheckReportJson } from '../domain/decision-folder/report-schema';

/** The check's report as JSON (public/check-report.schema.json describes it). */
export function jsonReport(report: FolderReport, directory: string): string {
  const json: CheckReportJson = {
    tool: 'forkpoint',
    version,
    directory,
    today: report.today,
    counts: { ...report.counts },
    decisions: report.rows.map((row) => ({
      file: row.path,
      source: row.source,
      number: row.number,
      title: row.title,
      status: row.status,
      outcome: row.outcome,
      date: row.date,
      revisitBy: row.revisitBy,
      problems: [...row.problems],
    })),
  };
  return JSON.stringify(json, null, 2);
}
