import { declareGalleyTests } from '../galleys';

declareGalleyTests();
