import { RadioGroup } from '../../ui/radio-group';
import { useReport } from './report-context';
import { StepPage } from './step-page';

export function CategoryStep() {
  const { draft, update, categories } = useReport();
  return (
    <StepPage step="category" title="What do you want to report?">
      {(errorFor) => (
        <RadioGroup
          id="categoryId"
          name="categoryId"
          legend="What do you want to report?"
          asPageHeading
          options={categories.map((c) => ({ value: c.id, label: c.name }))}
          value={draft.categoryId}
          onChange={(categoryId) => update({ categoryId })}
          error={errorFor('categoryId')}
        />
      )}
    </StepPage>
  );
}
