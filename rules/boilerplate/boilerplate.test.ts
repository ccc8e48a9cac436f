import { testRule } from '../../src/engine/rule-tester.js';
import rule from './index.js';
import cases from './cases.js';

await testRule(rule, cases);
