import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../../platform/auth/auth.decorators.js';
import type { Role } from '../../platform/auth/role.js';
import { StaffRegistryService } from './staff-registry.service.js';
import { AssignBadgeDto, CreateStaffMemberDto, StaffIdParams, StaffSearchQueryDto, UpdateStaffMemberDto } from './staff.dto.js';
import { StaffMemberView, StaffPageView } from './staff.views.js';

/** Staff records are personal data: infection control, who need them for compliance, and admins. */
export const STAFF_RECORD_ROLES: readonly Role[] = ['admin', 'infection_control'];

@ApiTags('hygiene: staff')
@ApiCookieAuth()
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Personal data: admin and infection_control only, for reading too.' })
@Roles(...STAFF_RECORD_ROLES)
@Controller('api/hygiene/staff')
export class StaffController {
  constructor(private readonly registry: StaffRegistryService) {}

  @Get()
  @ApiOkResponse({ type: StaffPageView, description: 'By name.' })
  @ApiBadRequestResponse({ description: 'A bad filter or page; `issues` names the parameter.' })
  async list(@Query() query: StaffSearchQueryDto): Promise<StaffPageView> {
    const page = await this.registry.search(query);
    return { total: page.total, items: page.items.map((member) => StaffMemberView.of(member)) };
  }

  @Post()
  @ApiCreatedResponse({ type: StaffMemberView })
  @ApiBadRequestResponse({ description: 'A field is invalid or names an unknown unit; `issues` names it.' })
  @ApiConflictResponse({ description: 'The employee number is registered (issue on `employeeNumber`).' })
  async create(@Body() body: CreateStaffMemberDto): Promise<StaffMemberView> {
    return StaffMemberView.of(await this.registry.create(body));
  }

  @Get(':id')
  @ApiOkResponse({ type: StaffMemberView })
  @ApiNotFoundResponse({ description: 'No staff member with this id.' })
  async get(@Param() { id }: StaffIdParams): Promise<StaffMemberView> {
    return StaffMemberView.of(await this.registry.get(id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: StaffMemberView })
  @ApiBadRequestResponse({ description: 'A field is invalid; `issues` names it.' })
  @ApiConflictResponse({ description: 'The employee number is taken (issue on `employeeNumber`).' })
  async update(@Param() { id }: StaffIdParams, @Body() body: UpdateStaffMemberDto): Promise<StaffMemberView> {
    return StaffMemberView.of(await this.registry.update(id, body));
  }

  @Post(':id/badge')
  @HttpCode(200)
  @ApiOkResponse({ type: StaffMemberView, description: 'Assigned (replacing the person’s previous badge, if any).' })
  @ApiConflictResponse({ description: 'Another person or an equipment asset has this tag (issue on `tagId`), or the person is inactive (issue on `active`).' })
  async assignBadge(@Param() { id }: StaffIdParams, @Body() body: AssignBadgeDto): Promise<StaffMemberView> {
    return StaffMemberView.of(await this.registry.assignBadge(id, body.tagId));
  }

  @Delete(':id/badge')
  @ApiOkResponse({ type: StaffMemberView })
  async unassignBadge(@Param() { id }: StaffIdParams): Promise<StaffMemberView> {
    return StaffMemberView.of(await this.registry.unassignBadge(id));
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: StaffMemberView, description: 'Inactive, badge taken back; the record stays for audits.' })
  async deactivate(@Param() { id }: StaffIdParams): Promise<StaffMemberView> {
    return StaffMemberView.of(await this.registry.deactivate(id));
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: StaffMemberView, description: 'Active again (without a badge until one is assigned).' })
  async reactivate(@Param() { id }: StaffIdParams): Promise<StaffMemberView> {
    return StaffMemberView.of(await this.registry.reactivate(id));
  }
}
