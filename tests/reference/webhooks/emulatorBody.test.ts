/**
 * The emulator's webhook body has the shape of the real one Microsoft publishes in "Use webhooks to create external
 * handlers for server events" (the capture in the reference folder), as the product tests check against LeadLink's
 * fixture of it.
 */
import { buildRemoteExecutionContext } from '../../../emulator/webhooks/remoteExecutionContext';
import { describeBodyShape } from '../../emulator/webhooks/bodyShapeChecks';
import { docsUpdateInput } from '../../emulator/webhooks/contextFixtures';
import { CAPTURE, captureText } from './captures';

describeBodyShape(buildRemoteExecutionContext(docsUpdateInput()), captureText(CAPTURE.docs));
