/** `forkpoint --help`. The commands and flags are an interface: keep them stable. */
export const HELP = `forkpoint — checks a repository's decision records and keeps their index

Usage:
  forkpoint check [DIR] [--today YYYY-MM-DD] [--fail-on KINDS] [--format text|json]
  forkpoint index [DIR] [--today YYYY-MM-DD] [--check]
  forkpoint --help | --version

DIR is the folder of decision records, docs/decisions by default; its subfolders
are read too. Forkpoint's own files and ADRs written by other tools (MADR,
adr-tools, log4brains) are read with the parser the app uses.

check   lists every decision (number, title, status, outcome, date, revisit-by)
        and what is wrong with it:
          overdue           the revisit-by date has passed and the decision still stands
          invalid           the file cannot be read (the reason and the line)
          incomplete        a follow-up its outcome requires is missing
          broken-link       a supersede link points to a file that is not there
          duplicate-number  two files carry the same number
        --fail-on KINDS   exit 1 when any of these is found: a comma-separated
                          list of the kinds above, or "any"
        --format json     machine-readable (schema: public/check-report.schema.json)

index   writes the table of decisions into DIR/README.md between
        <!-- forkpoint:index --> and <!-- /forkpoint:index -->, leaving the rest
        of the file as it is
        --check           change nothing; exit 1 when the index is out of date

--today YYYY-MM-DD  judge revisit-by dates as of this day (default: today)

Exit status: 0 nothing to report, 1 something listed in --fail-on was found (or
index --check found the index stale), 2 a usage or I/O error.`;
