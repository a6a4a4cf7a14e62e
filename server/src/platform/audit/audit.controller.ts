import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { AuditEntryView, AuditQueryDto } from './audit-query.dto.js';
import { AuditService } from './audit.service.js';

@ApiTags('admin')
@ApiCookieAuth()
@ApiBearerAuth()
@Roles('admin')
@Controller('api/admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The audit trail, newest first, a page at a time. */
  @Get()
  @ApiOkResponse({ type: [AuditEntryView] })
  async list(@Query() query: AuditQueryDto): Promise<AuditEntryView[]> {
    return (await this.audit.list(query.limit, query.before)).map((entry) => AuditEntryView.of(entry));
  }
}
