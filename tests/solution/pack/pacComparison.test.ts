/**
 * LeadLink's zip compared with the layout pac builds for a PCF control, as LeadLink's fixture of it has it
 * (tests/fixtures/solutions/README.md); the reference suite runs the same comparison on the real pac-built zip.
 */
import { describePacComparison } from '../helpers/pacComparison';
import { PAC_FIXTURE } from '../helpers/pacLayout';

describePacComparison(PAC_FIXTURE);
