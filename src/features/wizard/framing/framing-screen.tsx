import { useCallback, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { descriptionHint, PROFILE_NAMES, PROFILES, validateFraming, type Candidate, type FieldErrors, type Framing, type Profile } from '../../../domain/framing';
import { selectRejection, useSessionStore, type SessionStore } from '../../../store/session-store';
import { ErrorSummary } from '../../../ui/error-summary';
import { useFocusFirstInvalid } from '../../../ui/focus-first-invalid';
import { RadioGroup } from '../../../ui/radio-group';
import { SelectField, type Choice } from '../../../ui/select-field';
import { StepHeading } from '../../../ui/step-heading';
import { TextField } from '../../../ui/text-field';
import { CandidatesEditor } from './candidates-editor';
import { CapacityFields } from './capacity-fields';
import { draftFromFraming, FramingDraftSchema, framingInput, type FramingDraft, type ListChange, type RequirementDraft } from './framing-draft';
import { useStepInput } from '../use-step-input';
import { RequirementsEditor } from './requirements-editor';
import { LAYERS, LAYER_NAMES, type Layer } from '../../../domain/portfolio/layers';

const PROFILE_CHOICES: readonly Choice<Profile>[] = PROFILES.map((value) => ({ value, label: PROFILE_NAMES[value] }));

const LAYER_CHOICES: readonly Choice<Layer>[] = LAYERS.map((value) => ({ value, label: LAYER_NAMES[value] }));
const KIND_CHOICES: readonly Choice<Framing['componentKind']>[] = [
  { value: 'infrastructure', label: 'Infrastructure' },
  { value: 'model', label: 'Model or inference service' },
];

const NO_ERRORS: FieldErrors = {};

function currentErrors(draft: FramingDraft): FieldErrors {
  const result = validateFraming(framingInput(draft));
  return result.ok ? NO_ERRORS : result.error;
}

const selectForm = (s: SessionStore) => ({ submitFraming: s.submitFraming, dismissRejection: s.dismissRejection });

/** Step 0: what is being decided, by whom, with what capacity, between which candidates. */
export function FramingScreen({ framing }: { framing: Framing }) {
  // Kept in the draft as it is typed: a reload comes back to the same half-filled form.
  const [draft, setDraft] = useStepInput('framing', FramingDraftSchema, () => draftFromFraming(framing));
  const [descriptionTouched, setDescriptionTouched] = useState(false);
  const rejection = useSessionStore(selectRejection);
  const { submitFraming, dismissRejection } = useSessionStore(useShallow(selectForm));
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, rejection);

  // Once a submit was refused, the messages follow the fields as they are fixed, not the refused submit.
  const errors = useMemo(() => (rejection ? currentErrors(draft) : NO_ERRORS), [rejection, draft]);
  const messages = Object.values(errors);
  const set = <K extends keyof FramingDraft>(key: K) => (value: FramingDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  // Stable, so the list editors' memoised rows skip the renders a keystroke elsewhere causes.
  const changeCandidates = useCallback((change: ListChange<Candidate>) => setDraft((d) => ({ ...d, candidates: change(d.candidates) })), [setDraft]);
  const changeRequirements = useCallback((change: ListChange<RequirementDraft>) => setDraft((d) => ({ ...d, requirements: change(d.requirements) })), [setDraft]);
  const hint = descriptionTouched ? descriptionHint(draft.description) : null;

  return (
    <form
      ref={form}
      className="step framing"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setDescriptionTouched(true);
        submitFraming(framingInput(draft));
      }}
    >
      <StepHeading kicker="Before the tree">Frame the decision</StepHeading>
      <p className="lead">Name the component, say what it does for you, and be honest about the team’s capacity.</p>
      {rejection && messages.length > 0 && <ErrorSummary title={rejection.message} messages={messages} />}

      <TextField name="componentName" label="Component name" hint="Short, e.g. “Vector store for product search”." value={draft.componentName} error={errors.componentName} onChange={set('componentName')} />
      <TextField
        name="description"
        label="What it does in your system"
        multiline
        rows={5}
        hint={
          <ul>
            <li>the data it stores</li>
            <li>the queries or operations it serves</li>
            <li>its latency and availability targets</li>
            <li>which components depend on it</li>
          </ul>
        }
        value={draft.description}
        error={errors.description}
        onChange={set('description')}
        onBlur={() => setDescriptionTouched(true)}
        extraDescribedBy={hint ? 'description-warning' : undefined}
      />
      <div role="status" className="status-slot">
        {hint && (
          <p className="warning" id="description-warning">
            {hint}
          </p>
        )}
      </div>

      <div className="field-pair">
        <RadioGroup name="componentKind" legend="Component kind" value={draft.componentKind} choices={KIND_CHOICES} onChange={set('componentKind')} />
        <SelectField name="profile" label="Organisation profile" value={draft.profile} choices={PROFILE_CHOICES} onChange={(v) => v && set('profile')(v)} />
        <SelectField name="layer" label="Layer (for the portfolio)" value={draft.layer} choices={LAYER_CHOICES} onChange={(v) => v && set('layer')(v)} />
      </div>

      <CapacityFields draft={draft} errors={errors} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
      <CandidatesEditor candidates={draft.candidates} errors={errors} onChange={changeCandidates} onRemove={dismissRejection} />
      <RequirementsEditor requirements={draft.requirements} errors={errors} onChange={changeRequirements} onRemove={dismissRejection} />

      <fieldset className="people">
        <legend>Who decides</legend>
        <TextField name="participants" label="Participants" hint="Names, separated by commas." value={draft.participants} error={errors.participants} onChange={set('participants')} />
        <div className="field-pair">
          <TextField name="facilitator" label="Facilitator" value={draft.facilitator} error={errors.facilitator} onChange={set('facilitator')} />
          <TextField name="date" label="Date" type="date" value={draft.date} error={errors.date} onChange={set('date')} />
        </div>
      </fieldset>

      <div className="actions">
        <button type="submit" className="button-primary">
          Next
        </button>
      </div>
    </form>
  );
}
