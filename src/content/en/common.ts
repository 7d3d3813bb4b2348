/**
 * English words of the page's frame and of the signing stages. `{name}` marks a value filled in at
 * run time from the computed trace (architecture practice 7).
 */
export const common = {
  'app.error': 'Something went wrong on this page. Your input is kept.',
  'app.error.retry': 'Try again',
  'lab.loading': 'Loading the signing lab…',
  'app.title': 'IAM Role Journey',
  'app.tagline': 'Where IAM role credentials come from, and where they go.',
  'app.privacy': 'Everything on this page is computed in your browser. Nothing is sent anywhere.',
  'lang.label': 'Language',

  'error.expectedFound': 'expected {expected}, found {found}',


  'secret.reveal': 'Show secret',
  'secret.hide': 'Hide secret',
  'copy.label': 'Copy',
  'copy.done': 'Copied',
  'copy.aria': 'Copy the value of “{stage}”',

  'value.text': 'Text, {length} characters',
  'value.keyText': 'Text; its UTF-8 bytes ({bytes} bytes) are the first HMAC key',
  'value.hexBytes': 'Hex display of {bytes} raw bytes',

} as const;
