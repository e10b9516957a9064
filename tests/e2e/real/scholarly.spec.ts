import { declareScholarlyFileTests } from '../scholarly-files';
import { declareScholarlyHeadTests } from '../scholarly-head';

declareScholarlyFileTests();
declareScholarlyHeadTests();
