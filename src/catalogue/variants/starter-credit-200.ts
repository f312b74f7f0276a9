import { starterCredit } from '../builders/starter-credit.ts';

export default starterCredit(200);
