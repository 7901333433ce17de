import { msg } from '@lit/localize';

export const languagePickerLabel = () => msg('Language', { desc: 'Label of the language picker.' });
