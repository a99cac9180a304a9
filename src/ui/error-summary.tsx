interface ErrorSummaryProps {
  title: string;
  /** Messages in the order of the fields on screen. */
  messages: readonly string[];
}

/** The list of problems above a form, announced as soon as it appears. */
export function ErrorSummary({ title, messages }: ErrorSummaryProps) {
  return (
    <div className="error-summary" role="alert">
      <p className="error-summary-title">{title}</p>
      {messages.length > 0 && (
        <ul>
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
