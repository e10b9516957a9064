import { declareJatsTests } from '../jats-files';

declareJatsTests();
