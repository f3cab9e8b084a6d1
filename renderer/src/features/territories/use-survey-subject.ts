import { useState } from 'react';
import { surveySubjectStore } from './stores';

/** The site whose survey another view asked to open ("Enter the survey" in a profile), taken once. */
export function useSurveySubject(): number | null {
  const [site] = useState(() => {
    const id = surveySubjectStore.get();
    surveySubjectStore.set(null);
    return id;
  });
  return site;
}
