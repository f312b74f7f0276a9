import { starterCredit } from './starter-credit.ts';

export default starterCredit(100);
