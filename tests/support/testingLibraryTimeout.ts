import { configure } from '@testing-library/react';

// findBy… and waitFor wait for what the panel shows; on a busy machine rendering is slow, so they wait generously
// (Testing Library's default is 1 s) and still return as soon as the element is there.
configure({ asyncUtilTimeout: 60_000 });
