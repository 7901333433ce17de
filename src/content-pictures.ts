import { msg } from '@lit/localize';

/* The words of the body picture: its labels, and its name and description for screen readers. */

export const bodyPictureText = () => ({
  title: msg('How a stiff ankle can load the lower back', { desc: 'Accessible name of the diagram.' }),
  description: msg(
    'A person bends their knees. A stiff ankle lifts the heel early, so the hips and pelvis move more and the lower back takes extra load.',
    { desc: 'Accessible description of the side-view body picture for screen readers.' },
  ),
  calf: msg('Calf', { desc: 'Diagram label, keep very short.' }),
  knee: msg('Knee', { desc: 'Diagram label, keep very short.' }),
  hip: msg('Hip and pelvis', { desc: 'Diagram label, keep very short.' }),
  back: msg('Lower back', { desc: 'Diagram label, keep very short.' }),
  stiff: msg('Stiff ankle', { desc: 'Diagram label, keep very short.' }),
  load: msg('Extra load', { desc: 'Diagram label on the arrow going up to the lower back, keep very short.' }),
});
