import { Reflector } from '@nestjs/core';
import { accessRuleOf } from './access-rule.js';
import { DeviceAuth, Public, Roles } from './auth.decorators.js';

@Roles('admin')
class AdminController {
  inherits() {}
  @Public()
  openMethod() {}
  @Roles('viewer', 'biomed')
  narrower() {}
  @Public()
  @Roles('admin')
  contradictory() {}
}

class UndecoratedController {
  forgotten() {}
  @Roles()
  nobody() {}
  @DeviceAuth()
  fromDevices() {}
}

const ruleOf = (controller: { prototype: object }, method: string) =>
  accessRuleOf(new Reflector(), (controller.prototype as Record<string, () => void>)[method], controller as unknown as () => void);

describe('accessRuleOf', () => {
  it("takes the controller's rule when the method has none", () => {
    expect(ruleOf(AdminController, 'inherits')).toEqual({ kind: 'roles', roles: ['admin'] });
  });

  it("lets a method's own rule override its controller's", () => {
    expect(ruleOf(AdminController, 'openMethod')).toEqual({ kind: 'public' });
    expect(ruleOf(AdminController, 'narrower')).toEqual({ kind: 'roles', roles: ['viewer', 'biomed'] });
    expect(ruleOf(UndecoratedController, 'fromDevices')).toEqual({ kind: 'device' });
  });

  it('fails closed on a missing rule, an empty @Roles() and two rules on one method', () => {
    expect(ruleOf(UndecoratedController, 'forgotten')).toEqual({ kind: 'none' });
    expect(ruleOf(UndecoratedController, 'nobody')).toEqual({ kind: 'none' });
    expect(ruleOf(AdminController, 'contradictory')).toEqual({ kind: 'conflict' });
  });
});
